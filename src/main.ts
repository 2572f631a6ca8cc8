/** Entry point: registers the app element. */
import './view/allegiance-app';
