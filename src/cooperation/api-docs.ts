/** OpenAPI paths of this capability's /api routes (merged into src/openapi.ts). */
const error = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const id = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } };
const text = { type: 'string' };
const date = { type: ['string', 'null'], format: 'date' };

const requestInput = {
  type: 'object',
  required: ['kind', 'requestingCountry', 'requestingAuthority', 'requestedCountry', 'requestedAuthority', 'legalBasis', 'crimeType', 'subject'],
  properties: {
    kind: { enum: ['mutual_legal_assistance', 'extradition', 'transfer_of_proceedings', 'transfer_of_sentenced_persons', 'police_cooperation'] },
    requestingCountry: { ...text, description: 'ISO 3166 code of a country you are central authority for (stored as alpha-3)' },
    requestingAuthority: text,
    requestedCountry: { ...text, description: 'ISO 3166 code, not the requesting country' },
    requestedAuthority: text,
    legalBasis: { enum: ['untoc_article_18', 'untoc_article_16', 'untoc_article_17', 'untoc_article_21', 'untoc_article_27', 'bilateral_treaty', 'regional_instrument', 'reciprocity', 'other'] },
    legalBasisDetail: { ...text, description: 'Required for bilateral_treaty, regional_instrument and other' },
    caseReference: text,
    knowledgeRecordId: { type: 'integer', description: 'A case record of the knowledge portal' },
    crimeType: { enum: ['trafficking_in_persons', 'smuggling_of_migrants', 'related'] },
    subject: text,
    dueOn: { ...text, format: 'date', description: 'Deadline for the answer' },
    contactRole: { enum: ['liaison_magistrate', 'contact_point'] },
    contactName: { ...text, description: 'Required with contactRole' },
    contactEmail: { ...text, format: 'email' },
  },
};

const request = {
  type: 'object',
  description: 'A cooperation request',
  properties: {
    id: { type: 'integer' }, kind: text, status: { enum: ['drafted', 'sent', 'received', 'in_execution', 'executed', 'refused', 'withdrawn'] },
    requestingCountry: text, requestingAuthority: text, requestedCountry: text, requestedAuthority: text, legalBasis: text, legalBasisDetail: { type: ['string', 'null'] },
    caseReference: { type: ['string', 'null'] }, knowledgeRecordId: { type: ['integer', 'null'] }, crimeType: text, subject: text,
    sentOn: date, receivedOn: date, answeredOn: date, dueOn: date,
    contact: { type: ['object', 'null'], properties: { role: text, name: text, email: { type: ['string', 'null'] } } },
    sample: { type: 'boolean' }, createdAt: { ...text, format: 'date-time' }, updatedAt: { ...text, format: 'date-time' },
  },
};
const requestResponse = { description: '{request}', content: { 'application/json': { schema: { type: 'object', properties: { request } } } } };
const access = 'Central authorities see the requests their countries request (drafts included) or are requested (once sent); admins see all; others get 403, and a request not visible to you is 404. Every call is recorded in the audit log, readings too.';

export const cooperationApiPaths: Record<string, unknown> = {
  '/api/cooperation/dashboard': {
    get: {
      summary: 'Dashboard of the requests you may see', description: `${access} Open requests by corridor, median days from sent to answered (executed or refused), overdue and due within 14 days, as of today (UTC).`,
      responses: { 200: { description: '{today, byStatus, answered, medianDaysToAnswer, corridors: [{requestingCountry, requestedCountry, open, overdue, answered, medianDaysToAnswer}], overdueCount, overdue: [...], dueSoonCount, dueSoon: [...]}' }, 401: error, 403: error },
    },
  },
  '/api/cooperation/requests': {
    get: {
      summary: 'List the requests you may see', description: `${access} Newest change first, 50 a page. The same filters as the page; CSV and XLSX of the same selection at /cooperation/requests/export.csv and .xlsx.`,
      parameters: [
        { name: 'status', in: 'query', schema: { enum: ['open', 'closed', 'drafted', 'sent', 'received', 'in_execution', 'executed', 'refused', 'withdrawn'] } },
        { name: 'kind', in: 'query', schema: text }, { name: 'crimeType', in: 'query', schema: text },
        { name: 'direction', in: 'query', schema: { enum: ['outgoing', 'incoming'] }, description: 'Relative to `country` if given, else to your countries' },
        { name: 'country', in: 'query', schema: text, description: 'ISO alpha-3: either side' },
        { name: 'from', in: 'query', schema: text, description: 'Requesting country (alpha-3)' }, { name: 'to', in: 'query', schema: text, description: 'Requested country (alpha-3)' },
        { name: 'deadline', in: 'query', schema: { enum: ['overdue', 'due_soon'] } }, { name: 'q', in: 'query', schema: text }, { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
      ],
      responses: { 200: { description: '{total, page, pageSize, requests: [request]}' }, 401: error, 403: error, 422: error },
    },
    post: {
      summary: 'Draft a request (central authority of the requesting country)',
      requestBody: { content: { 'application/json': { schema: requestInput } } },
      responses: { 201: requestResponse, 401: error, 403: error, 422: error },
    },
  },
  '/api/cooperation/requests/{id}': {
    get: {
      summary: 'A request with its history and documents', description: access, parameters: [id],
      responses: { 200: { description: '{request, allowedTransitions: [status], history: [{kind, fromStatus, toStatus, onDate, note, details, by, at}], documents: [{id, filename, contentType, sizeBytes, sha256, description, uploadedBy, uploadedAt, url}]}' }, 401: error, 403: error, 404: error },
    },
    put: {
      summary: 'Edit a request (requesting side, until it is answered; the countries only while drafted)', parameters: [id],
      requestBody: { content: { 'application/json': { schema: requestInput } } },
      responses: { 200: requestResponse, 401: error, 403: error, 404: error, 422: error },
    },
  },
  '/api/cooperation/requests/{id}/status': {
    post: {
      summary: 'Change the status of a request',
      description: 'Requesting side: drafted -> sent, and withdrawn from any open status. Requested side: sent -> received, received -> in_execution or executed, in_execution -> executed, refused from any open status. Refusal and withdrawal need a note (the grounds). onDate (default today) is the day it happened: not in the future, not before the request was sent or received. A change not allowed from the current status is 409 invalid_transition.',
      parameters: [id],
      requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['to'], properties: { to: text, onDate: { ...text, format: 'date' }, note: text } } } } },
      responses: { 200: requestResponse, 401: error, 403: error, 404: error, 409: error, 422: error },
    },
  },
  '/api/cooperation/requests/{id}/documents': {
    post: {
      summary: 'Attach a document (either side)',
      description: 'multipart/form-data with `file` and optional `description`. PDF, TXT (UTF-8), DOCX, XLSX, ODT, PNG or JPEG whose content matches the extension; at most 10 MB. Downloaded from the returned url as an attachment.',
      parameters: [id],
      requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, description: text } } } } },
      responses: { 201: { description: '{document}' }, 401: error, 403: error, 404: error, 413: error, 422: error },
    },
  },
};
