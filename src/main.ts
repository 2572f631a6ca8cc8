/** Entry point: registers the app element. */
import './view/shell/allegiance-app';
