/** Entry point: registers the app element, and the offline app's update notice (which registers the service worker). */
import './view/shell/allegiance-app';
import './view/offline/update-notice';
