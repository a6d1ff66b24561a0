import './elements/provider/define.js';
import './elements/crisis-help/define.js';
import './elements/save-status/define.js';
