export * from './conference-types.ts';
export { conferenceOf, chairedConference } from './conference-book.ts';
export { requestConference, prolongConference, conferenceCallFeature, conferenceMinutesMax, conferenceMembersMax, type ConferenceRequest } from './conference-apply.ts';
export { batchAddParticipants, answerConference, rejectConference, type Invitee } from './conference-invite.ts';
export { leaveConference, releaseConference, batchRemoveParticipants, type ConfAddress } from './conference-members.ts';
export { holdParticipant, unholdParticipant, changeParticipantMode, shiftChair, modifyConferenceSeats } from './conference-channel.ts';
export { playToConference, stopConferenceVoice, playToParticipant, stopParticipantVoice, type Announce } from './conference-voice.ts';
export { queryConferences, ongoingConferenceIds, conferenceInfo } from './conference-queries.ts';
export { installConference } from './reactions.ts';
