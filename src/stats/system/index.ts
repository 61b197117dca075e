export { ctiSamples, samplePeriods, samplePeriodMs, type CtiSample, type SampleCall, type SampleInterval } from './cti-samples.ts';
export { LicencePeaks, peakFields, systemScope, type PeakField, type RaisedPeak, type Usage } from './licence-peaks.ts';
