/**
 * The radar ("star") chart pieces of chart.js. Loaded only through
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

/**
 * The `Chart` class with the radar chart's pieces registered. Registration happens in this
 * call, not as a module side effect, so bundlers that drop side-effect-only code (the
 * package declares `sideEffects`) cannot leave the pieces out.
 */
export function registeredChart(): typeof Chart {
  Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip);
  return Chart;
}
