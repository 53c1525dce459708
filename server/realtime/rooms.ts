/** Socket.IO room names, in one place. */
export const rooms = {
  user: (userId: string) => `user:${userId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  project: (projectId: string) => `project:${projectId}`,
  staff: (projectId: string) => `staff:${projectId}`,
  channel: (channelId: string) => `channel:${channelId}`,
};
