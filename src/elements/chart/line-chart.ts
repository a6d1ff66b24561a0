/**
 * The line chart pieces of chart.js (category x axis, linear y axis), registered.
 * Loaded only through `loadChart('line')`: never import this module statically.
 */
import {
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Filler,
  Tooltip,
);

export { Chart };
