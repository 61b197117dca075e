/**
 * Media types of Table 12-695 (§12.3.8.4, ref L64631–L64669) by ID. Most interfaces carry the ID;
 * a few carry the name (12.3.1.2.7, 12.3.1.4.2: `"mediaType":"MEDIA_TYPE_PHONE"`).
 */
const mediaTypeNames: Readonly<Record<number, string>> = {
  1: 'MEDIA_TYPE_CHAT',
  2: 'MEDIA_TYPE_WEBPHONE',
  3: 'MEDIA_TYPE_ESCORT',
  4: 'MEDIA_TYPE_CALLBACK',
  5: 'MEDIA_TYPE_PHONE',
  6: 'MEDIA_TYPE_EMAIL',
  7: 'MEDIA_TYPE_FAX',
  8: 'MEDIA_TYPE_VIDEO',
  9: 'MEDIA_TYPE_WB',
  10: 'MEDIA_TYPE_APP_SHARE',
  11: 'MEDIA_TYPE_FILE_TRANSFER',
  12: 'MEDIA_TYPE_VIDEO_2B1D',
  13: 'MEDIA_TYPE_VIDEO_6B1D',
  14: 'MEDIA_TYPE_OPS',
  15: 'MEDIA_TYPE_PREDICT_OUTBOUND',
  16: 'MEDIA_TYPE_PREVIEW_OUTBOUND',
  17: 'MEDIA_TYPE_MSG',
  18: 'MEDIA_TYPE_WEBPHONE_VIDEO',
  19: 'MEDIA_TYPE_PHONE_VIDEO',
  20: 'MEDIA_TYPE_WEB_LEAVE_MESSAGE',
  21: 'MEDIA_TYPE_DESKTOP_SHARE',
  22: 'MEDIA_TYPE_VC_CALL',
  50: 'MEDIA_TYPE_MULTI_MEDIA_EMAILCHAT',
  51: 'MEDIA_TYPE_MULTI_MEDIA_WEBCHAT',
  52: 'MEDIA_TYPE_MULTI_MEDIA_SMSCHAT',
  53: 'MEDIA_TYPE_MULTI_MEDIA_SOCIALCHAT',
  54: 'MEDIA_TYPE_MULTI_MEDIA_FAXCHAT',
  55: 'MEDIA_TYPE_MULTI_MEDIA_H5CHAT',
};

/** The Table 12-695 name of a media type ID; an ID the table lacks is given as its number. */
export function mediaTypeName(id: number): string {
  return mediaTypeNames[id] ?? String(id);
}
