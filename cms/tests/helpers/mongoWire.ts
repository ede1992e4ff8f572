import { createServer, type Server, type Socket } from 'node:net'

import { BSON, Long, ObjectId } from 'mongodb'

const OP_REPLY = 1
const OP_QUERY = 2004
const OP_MSG = 2013
const CHECKSUM_PRESENT = 1
const MORE_TO_COME = 2

type Document = BSON.Document

/** What the server answers to one command; undefined leaves it to the defaults below. */
export type Answer = (name: string, command: Document) => Document | undefined

export interface WireServer {
  /** A DATABASE_URI for this server; `query` is appended as it is. */
  uri: (database: string, query: string) => string
  /** The commands received, in order (handshakes and heartbeats left out). */
  received: Document[]
  /** Their names. */
  commands: () => string[]
  /** Stops listening and drops every connection: to the driver, the server is gone. */
  close: () => Promise<void>
}

export interface WireServerOptions {
  /** The replica set the server says it is the primary of; without it, a standalone server. */
  setName?: string
  answer?: Answer
}

const HANDSHAKES = new Set(['hello', 'ismaster'])

function readCString(buffer: Buffer, offset: number): [string, number] {
  const end = buffer.indexOf(0, offset)
  return [buffer.toString('utf8', offset, end), end + 1]
}

function readDocument(buffer: Buffer, offset: number): [Document, number] {
  const size = buffer.readInt32LE(offset)
  return [BSON.deserialize(buffer.subarray(offset, offset + size)), offset + size]
}

/** An OP_MSG's command: its body, with the document sequences (kind 1) put back in. */
function readMessage(message: Buffer): { command: Document; replies: boolean } {
  const flags = message.readUInt32LE(16)
  const end = flags & CHECKSUM_PRESENT ? message.length - 4 : message.length
  let command: Document = {}
  const sequences: Record<string, Document[]> = {}
  for (let offset = 20; offset < end;) {
    const kind = message[offset]
    offset += 1
    if (kind === 0) {
      ;[command, offset] = readDocument(message, offset)
      continue
    }
    const sectionEnd = offset + message.readInt32LE(offset)
    const [identifier, first] = readCString(message, offset + 4)
    const documents: Document[] = []
    for (let cursor = first; cursor < sectionEnd;) {
      const [document, next] = readDocument(message, cursor)
      documents.push(document)
      cursor = next
    }
    sequences[identifier] = documents
    offset = sectionEnd
  }
  return { command: { ...command, ...sequences }, replies: !(flags & MORE_TO_COME) }
}

function readQuery(message: Buffer): Document {
  const [, afterName] = readCString(message, 20)
  return readDocument(message, afterName + 8)[0]
}

function header(length: number, requestId: number, responseTo: number, opCode: number): Buffer {
  const buffer = Buffer.alloc(16)
  buffer.writeInt32LE(length, 0)
  buffer.writeInt32LE(requestId, 4)
  buffer.writeInt32LE(responseTo, 8)
  buffer.writeInt32LE(opCode, 12)
  return buffer
}

function cursorReply(command: Document, name: string, batch: 'firstBatch' | 'nextBatch'): Document {
  const collection = typeof command[name] === 'string' ? command[name] : 'collection'
  return { cursor: { id: Long.ZERO, ns: `${command.$db}.${collection}`, [batch]: [] }, ok: 1 }
}

/** An empty database: every read finds nothing, every write succeeds. */
function defaultAnswer(name: string, command: Document): Document {
  switch (name) {
    case 'find':
    case 'aggregate':
    case 'listCollections':
    case 'listIndexes':
      return cursorReply(command, name, 'firstBatch')
    case 'getMore':
      return cursorReply(command, 'collection', 'nextBatch')
    case 'insert':
      return { n: Array.isArray(command.documents) ? command.documents.length : 0, ok: 1 }
    case 'update':
      return { n: 0, nModified: 0, ok: 1 }
    case 'delete':
    case 'count':
      return { n: 0, ok: 1 }
    case 'distinct':
      return { values: [], ok: 1 }
    default:
      return { ok: 1 }
  }
}

/**
 * A MongoDB server on loopback that speaks just enough of the wire protocol (OP_QUERY for the
 * driver's first handshake, OP_MSG for the rest) for the real driver, mongoose and Payload to
 * run against it: it says it is a standalone server or a replica set's primary, and answers
 * each command as `answer` says, or as an empty database would.
 */
export async function startWireServer(options: WireServerOptions = {}): Promise<WireServer> {
  const received: Document[] = []
  const sockets = new Set<Socket>()
  let nextRequestId = 1
  let address = ''

  const hello = (): Document => ({
    helloOk: true,
    ismaster: true,
    isWritablePrimary: true,
    maxBsonObjectSize: 16 * 1024 * 1024,
    maxMessageSizeBytes: 48_000_000,
    maxWriteBatchSize: 100_000,
    localTime: new Date(),
    logicalSessionTimeoutMinutes: 30,
    connectionId: nextRequestId,
    minWireVersion: 0,
    maxWireVersion: 21,
    readOnly: false,
    ...(options.setName
      ? {
          setName: options.setName,
          setVersion: 1,
          electionId: new ObjectId('7fffffff0000000000000001'),
          hosts: [address],
          primary: address,
          me: address,
        }
      : {}),
    ok: 1,
  })

  const respond = (command: Document): Document => {
    const name = Object.keys(command)[0] ?? ''
    if (HANDSHAKES.has(name.toLowerCase())) return hello()
    received.push(command)
    return options.answer?.(name, command) ?? defaultAnswer(name, command)
  }

  const handle = (socket: Socket, message: Buffer) => {
    const requestId = message.readInt32LE(4)
    const opCode = message.readInt32LE(12)
    if (opCode === OP_QUERY) {
      const body = BSON.serialize(respond(readQuery(message)))
      const prefix = Buffer.alloc(20)
      prefix.writeInt32LE(1, 16) // numberReturned; flags, cursorID and startingFrom stay 0
      const length = 16 + prefix.length + body.length
      socket.write(Buffer.concat([header(length, nextRequestId++, requestId, OP_REPLY), prefix, body]))
      return
    }
    if (opCode !== OP_MSG) return
    const { command, replies } = readMessage(message)
    const body = BSON.serialize(respond(command))
    if (!replies) return
    const length = 16 + 5 + body.length
    socket.write(Buffer.concat([header(length, nextRequestId++, requestId, OP_MSG), Buffer.alloc(5), body]))
  }

  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    let pending = Buffer.alloc(0)
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk])
      while (pending.length >= 4 && pending.length >= pending.readInt32LE(0)) {
        const length = pending.readInt32LE(0)
        handle(socket, pending.subarray(0, length))
        pending = pending.subarray(length)
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  address = `127.0.0.1:${port}`

  return {
    uri: (database, query) => `mongodb://${address}/${database}?${query}`,
    received,
    commands: () => received.map((command) => Object.keys(command)[0] ?? ''),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
