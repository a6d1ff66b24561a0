/**
 * The bar chart pieces of chart.js (category and linear axes), registered.
 * Loaded only through `loadChart('bar')`: never import this module statically.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
