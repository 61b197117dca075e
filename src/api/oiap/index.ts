import type { ApiEndpoint } from '../define-endpoint.ts';
import { queryDomains } from './query-domains.endpoint.ts';
import { queryNavigation } from './query-navigation.endpoint.ts';
import { createNavigation } from './create-navigation.endpoint.ts';
import { updateNavigation } from './update-navigation.endpoint.ts';
import { deleteNavigation } from './delete-navigation.endpoint.ts';
import { queryFlows } from './query-flows.endpoint.ts';
import { changeFaqGroupStatus, createFaqGroup, deleteFaqGroups, queryFaqGroups, updateFaqGroup } from './faq-groups.endpoint.ts';
import { createFaq, deleteFaqs, queryFaqs, updateFaq } from './faq-elements.endpoint.ts';
import { testEnabledFaqGroups, testOneFaqGroup } from './faq-tests.endpoint.ts';
import { queryIntentions } from './query-intentions.endpoint.ts';
import { importCorpus } from './import-corpus.endpoint.ts';
import { importFlowEndpoint } from './import-flow.endpoint.ts';
import { dialogV1, dialogV2 } from './dialog.endpoint.ts';
import { entityDetection, spellCheckEndpoint, textClassification } from './nlp.endpoint.ts';
import { speechRecognition } from './speech-recognition.endpoint.ts';
import { queryHistory, queryRecordHistory, queryTransferRecordHistory } from './records.endpoint.ts';
import { asrCallback, asrRecognizeResult, serviceMonitor, serviceMonitorGet, textToVoiceEndpoint } from './speech.endpoint.ts';
import { changeWorkModeEndpoint, receiveDialogRecord } from './silent-agent.endpoint.ts';
import { rpaCreateQueueData, rpaQueryJob, rpaQueryJobDetails, rpaQueryQueueData } from './rpa.endpoint.ts';
import { queryRbtRecognitionResult } from './rbt-recognition.endpoint.ts';
import { callStatisticsReport, chatbotHotspots, chatbotReportEndpoint, knowledgeReport } from './statistics.endpoint.ts';

/** Chapter 10: the chatbot / intelligent IVR platform (OIAP). */
export const oiapEndpoints: readonly ApiEndpoint[] = [
  queryDomains,
  queryNavigation,
  createNavigation,
  updateNavigation,
  deleteNavigation,
  queryFlows,
  queryFaqGroups,
  createFaqGroup,
  updateFaqGroup,
  deleteFaqGroups,
  changeFaqGroupStatus,
  queryFaqs,
  createFaq,
  updateFaq,
  deleteFaqs,
  testOneFaqGroup,
  testEnabledFaqGroups,
  queryIntentions,
  importCorpus,
  importFlowEndpoint,
  dialogV1,
  dialogV2,
  spellCheckEndpoint,
  textClassification,
  entityDetection,
  speechRecognition,
  queryHistory,
  queryRecordHistory,
  queryTransferRecordHistory,
  queryRbtRecognitionResult,
  callStatisticsReport,
  chatbotReportEndpoint,
  knowledgeReport,
  chatbotHotspots,
  textToVoiceEndpoint,
  serviceMonitor,
  serviceMonitorGet,
  asrRecognizeResult,
  asrCallback,
  changeWorkModeEndpoint,
  receiveDialogRecord,
  rpaQueryJob,
  rpaQueryJobDetails,
  rpaCreateQueueData,
  rpaQueryQueueData,
];
