import { Type } from '@sinclair/typebox';

/**
 * Pieces shared by the schemas of §5.3.1–5.3.5, written from Tables 5-94 to 5-107. An integer
 * field that clients may send as null ("unset") puts the Null branch first, so that null stays
 * null instead of being read as 0.
 */
export const optionalInteger = (description: string) => Type.Optional(Type.Union([Type.Null(), Type.Integer()], { description }));

export const pagingFields = {
  limit: optionalInteger('records per page, at most 100 (absent or 0: 100; larger values read as 100)'),
  offset: optionalInteger('record offset = limit × (page − 1); negative reads as 0'),
};

export const mediaTypeDescription = '2 click-to-dial, 5 audio and video, 18 video click-to-dial, 19 video, 53 multimedia';

export const CalledRouteView = Type.Object({
  id: Type.String(),
  dnid: Type.Integer(),
  accessCode: Type.String(),
  mediatypeId: Type.Union([Type.Integer(), Type.Null()]),
  extCode: Type.String(),
  devicetype: Type.Integer(),
  deviceid: Type.Integer(),
  deviceDesc: Type.String(),
  editable: Type.Union([Type.String(), Type.Null()]),
});

export const AccessCodeView = Type.Object({
  id: Type.String(),
  accessCode: Type.String(),
  mediatypeId: Type.Integer(),
  n400Number: Type.Union([Type.String(), Type.Null()]),
  description: Type.Union([Type.String(), Type.Null()]),
  numCallAttr: Type.Integer(),
});
