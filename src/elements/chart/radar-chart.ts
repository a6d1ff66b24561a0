/**
 * The radar ("star") chart pieces of chart.js, registered. Loaded only through
 * `loadChart('radar')`: never import this module statically.
 */
import {
  Chart,
  Filler,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip);

export { Chart };
