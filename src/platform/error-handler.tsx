// Every error becomes a Chinese page (or a JSON body for /api/ callers) that says what to do. Core's
// typed errors map to their statuses here, once, so routes need no try/catch for them. Details go to
// the log with the request id; the browser gets the id as a reference, never a stack trace.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Duplex } from 'node:stream';
import { z } from 'zod';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors.ts';
import { pageContextFor } from './page.ts';
import { renderPage } from './render.tsx';
import { ErrorPage } from './views/ErrorPage.tsx';

export interface ErrorDescription {
  readonly status: number;
  readonly title: string;
  readonly message: string;
  readonly advice: string;
}

const notFound: ErrorDescription = {
  status: 404,
  title: '页面不存在',
  message: '您要访问的页面不存在，或者已经被移除。',
  advice: '请检查网址是否输入正确，或从首页重新进入。',
};

/**
 * What busboy (inside @fastify/multipart) throws for a multipart body that is not one: a boundary that
 * is missing or does not match the header's, a body cut short, a broken part header. The sender's
 * mistake (400), not the server's — without this it was a 500.
 */
const MALFORMED_MULTIPART = /^(Multipart: Boundary not found|Unexpected end of (multipart data|form)|Malformed part header|.* terminated early due to unexpected end of multipart data)/;

function isMalformedMultipart(error: unknown): boolean {
  return error instanceof Error && statusOf(error) === undefined && MALFORMED_MULTIPART.test(error.message);
}

function statusOf(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown }).statusCode;
  return typeof code === 'number' && code >= 400 && code < 600 ? code : undefined;
}

/** Decide what an error means to the person who sees it. Exported for tests. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ValidationError) {
    return { status: 400, title: '提交的内容有误', message: error.message, advice: '请返回上一页，按提示修改后重新提交。' };
  }
  if (error instanceof ForbiddenError) {
    return { status: 403, title: '没有权限', message: error.message, advice: '如需办理，请联系本单位管理员授予相应角色。' };
  }
  if (error instanceof NotFoundError) {
    return { status: 404, title: '记录不存在', message: error.message, advice: '请返回列表重新查找。' };
  }
  if (error instanceof ConflictError) {
    return { status: 409, title: '操作未完成', message: error.message, advice: '请刷新页面查看最新状态后再操作。' };
  }
  if (isMalformedMultipart(error)) {
    return { status: 400, title: '请求无法处理', message: '提交的表单或文件没有完整送达，系统无法读取。', advice: '请返回上一页，刷新后重新选择文件提交。' };
  }
  if (error instanceof z.ZodError) {
    // A route's own parse of params, query or body: the request was not made by our pages.
    return { status: 400, title: '请求无法处理', message: '请求中的参数不正确。', advice: '请从页面上的链接或按钮进入，不要手工修改网址。' };
  }
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_CSRF_INVALID_TOKEN' || code === 'FST_CSRF_MISSING_SECRET') {
    return {
      status: 403,
      title: '页面已过期',
      message: '为保护您的账户安全，系统无法确认这次提交来自本平台的页面（页面可能已过期，或登录已超时）。',
      advice: '请返回上一页，刷新后重新提交；如仍不行，请重新登录。',
    };
  }
  const status = statusOf(error);
  if (status === 429) {
    return {
      status,
      title: '操作太频繁',
      message: error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) ? error.message : '您的操作太频繁了。',
      advice: '请稍等片刻再试。',
    };
  }
  if (status === 413 || code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return { status: 413, title: '上传内容太大', message: '上传的文件或表单内容超过了允许的大小或数量。', advice: '请压缩文件或分批上传后重试。' };
  }
  if (code === 'FST_ERR_BAD_URL') {
    return { status: 400, title: '网址有误', message: '您访问的网址中含有无法识别的字符。', advice: '请检查网址是否完整、正确，或从首页重新进入。' };
  }
  if (status === 414 || code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return { status: 414, title: '网址太长', message: '您访问的网址太长，系统无法处理。', advice: '请检查网址是否完整、正确，或从首页重新进入。' };
  }
  if (status === 415 || status === 400) {
    return { status, title: '请求无法处理', message: '提交的数据格式不正确，系统无法读取。', advice: '请返回上一页，刷新后重新提交。' };
  }
  if (status === 404) return notFound;
  if (status === 405) return { status, title: '请求方式不正确', message: '此页面不支持这种访问方式。', advice: '请从页面上的链接或按钮进入。' };
  if (status === 403) return { status, title: '没有权限', message: '您没有访问此页面的权限。', advice: '如需办理，请联系本单位管理员。' };
  if (status === 401) return { status, title: '请先登录', message: '此页面需要登录后才能访问。', advice: '请登录后再试。' };
  if (status === 503) return { status, title: '服务暂时不可用', message: '系统正在维护或负载过高。', advice: '请稍后再试。' };
  return {
    status: 500,
    title: '系统出现问题',
    message: '很抱歉，系统在处理您的请求时出现了问题，您提交的内容可能没有保存。',
    advice: '请稍后重试；如果问题持续，请联系管理员并提供下方的问题编号。',
  };
}

function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url === '/healthz';
}

export function sendError(request: FastifyRequest, reply: FastifyReply, description: ErrorDescription, reference?: string): FastifyReply {
  if (wantsJson(request)) {
    return reply.code(description.status).send({ error: description.message, advice: description.advice, reference });
  }
  return reply.page(
    <ErrorPage
      status={description.status}
      title={description.title}
      message={description.message}
      advice={description.advice}
      reference={reference}
    />,
    description.status,
  );
}

/**
 * Fastify's `frameworkErrors`: errors met before any route or hook runs (a URL that is not valid
 * percent-encoding, a path segment longer than the router allows). They get the same Chinese page,
 * rendered directly: the reply Fastify builds for them has none of the plugins' decorations.
 */
export function frameworkErrorHandler(siteName: string): (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, request, reply) => {
    const description = describeError(error);
    request.log.info({ code: error.code, status: description.status }, 'request refused before routing');
    if (wantsJson(request)) {
      void reply.code(description.status).send({ error: description.message, advice: description.advice });
      return;
    }
    const html = renderPage(
      <ErrorPage status={description.status} title={description.title} message={description.message} advice={description.advice} />,
      pageContextFor(request, reply, siteName),
    );
    void reply.code(description.status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  };
}

/**
 * Fastify's `clientErrorHandler`: the HTTP parser refused the request itself (headers larger than
 * Node's limit: 431; a request that never finished: 408; bytes that are not HTTP: 400). There is no
 * request to render a page for, so a small Chinese HTML page is written to the socket directly.
 */
export function handleClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) socket.write(clientErrorResponse(error.code));
  socket.destroy(error);
}

export function clientErrorResponse(code: string | undefined): string {
  const [status, reason, title, message] =
    code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', '请求头太大', '浏览器发送的信息（通常是保存的 Cookie）太多，系统无法处理。请清除本网站的 Cookie 后重新打开。']
      : code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', '请求超时', '请求没有在规定时间内送达。请检查网络后刷新页面重试。']
        : [400, 'Bad Request', '请求无法处理', '系统无法读取这次请求。请从首页重新进入。'];
  const body = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><p>错误代码 ${status}</p><h1>${title}</h1><p>${message}</p><p><a href="/">返回首页</a></p></main></body></html>`;
  const length = Buffer.byteLength(body);
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n${body}`;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => sendError(request, reply, notFound));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const description = describeError(error);
    if (description.status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(request, reply, description, request.id);
    }
    request.log.info({ code: error.code, status: description.status, msg: error.message }, 'request refused');
    if (description.status === 429 && error instanceof Error) {
      const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retryAfter) reply.header('retry-after', String(retryAfter));
    }
    return sendError(request, reply, description);
  });
}
