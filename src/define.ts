import './elements/provider/define.js';
import './elements/crisis-help/define.js';
import './elements/save-status/define.js';
import './elements/hope-journal/define.js';
import './elements/staying-well-plan/define.js';
import './elements/goal-tracker/define.js';
import './elements/star-assessment/define.js';
import './elements/my-data/define.js';
