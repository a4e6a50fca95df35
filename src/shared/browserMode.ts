/**
 * The browser-mode wire format, shared by the server (src/server) and the renderer's HTTP
 * transport (src/renderer/src/api/httpApi.ts).
 * - `POST /api/<channel>` with `content-type: application/json` and body `{"input": ...}`; the
 *   answer is always a Result as JSON.
 * - `GET /api/events`: server-sent events, `event: <event name>`, `data: <payload JSON>`.
 * - Every /api request carries the per-launch secret in this header.
 */
export const secretHeaderName = 'x-workbench-secret'
export const apiPrefix = '/api/'
export const eventsPath = '/api/events'
