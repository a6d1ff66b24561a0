/**
 * The line chart pieces of chart.js (category x axis, linear y axis).
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

/**
 * The `Chart` class with the line chart's pieces registered. Registration happens in this
 * call, not as a module side effect, so bundlers that drop side-effect-only code (the
 * package declares `sideEffects`) cannot leave the pieces out.
 */
export function registeredChart(): typeof Chart {
  Chart.register(
    LineController,
    LineElement,
    PointElement,
    CategoryScale,
    LinearScale,
    Filler,
    Tooltip,
  );
  return Chart;
}
