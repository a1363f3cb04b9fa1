/** A meeting is in a room, or online (a platform such as Microsoft Teams). */
export const venueKinds = ['room', 'online'] as const;
export type VenueKind = (typeof venueKinds)[number];
