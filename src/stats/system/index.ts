export { ctiSamples, samplePeriods, samplePeriodMs, type CtiSample, type SampleCall, type SampleInterval } from './cti-samples.ts';
