// The verified person id the auth hook puts on every /v1/ request (see app.js).
import 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    owner: string;
  }
}
