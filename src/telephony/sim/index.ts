export { SimSwitch, dialRules, type SimSwitchOptions } from './sim-switch.ts';
