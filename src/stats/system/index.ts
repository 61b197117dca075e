export { ctiSamples, samplePeriods, samplePeriodMs, type CtiSample, type SampleCall, type SampleInterval } from './cti-samples.ts';
export { LicencePeaks, peakFields, systemScope, zeroUsage, type PeakField, type RaisedPeak, type Usage } from './licence-peaks.ts';
