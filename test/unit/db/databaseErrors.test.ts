import { DatabaseError } from 'pg';
import { isDatabaseUnavailable, isUniqueViolation } from '../../../src/db/databaseErrors';

/** A server error as pg (and PGlite, which uses the same protocol parser) hands it over: a SQLSTATE in code. */
function serverError(code: string, message = 'refused'): DatabaseError {
  const err = new DatabaseError(message, message.length, 'error');
  err.code = code;
  return err;
}

const nodeError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code });

describe('which failures mean the database cannot take writes just now', () => {
  it.each<[string, unknown]>([
    ['a read-only transaction (25006)', serverError('25006', 'cannot execute INSERT in a read-only transaction')],
    ['an administrator shut the server down (57P01)', serverError('57P01', 'terminating connection due to administrator command')],
    ['the server is starting up (57P03)', serverError('57P03', 'the database system is starting up')],
    ['too many connections (53300)', serverError('53300')],
    ['the disk is full (53100)', serverError('53100')],
    ['a connection failure reported by the server (08006)', serverError('08006')],
    ['an I/O error (58030)', serverError('58030')],
    ['connection refused', nodeError('ECONNREFUSED')],
    ['connection reset', nodeError('ECONNRESET')],
    ['pg: the connection was closed under it', new Error('Connection terminated unexpectedly')],
    ['pg.Pool: no connection in time', new Error('timeout exceeded when trying to connect')],
    ['PGlite closed', new Error('PGlite is closed')],
    ['several addresses, all refused', new AggregateError([nodeError('ECONNREFUSED'), nodeError('ECONNREFUSED')])],
    ['wrapped', new Error('saving failed', { cause: serverError('25006') })],
  ])('%s: unavailable', (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a unique violation (23505)', serverError('23505')],
    ['a check violation (23514)', serverError('23514')],
    ['an undefined table (42P01)', serverError('42P01')],
    ['bad JSON text (22P02)', serverError('22P02')],
    ['a statement timeout (57014)', serverError('57014')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'turn')")],
    ['not an error at all', 'boom'],
    ['nothing', undefined],
  ])('%s: not unavailable', (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe('a unique index refusing a second row', () => {
  const duplicate = (constraint?: string) => Object.assign(serverError('23505', 'duplicate key value violates unique constraint'), constraint ? { constraint } : {});

  it.each<[string, unknown, readonly string[] | undefined, boolean]>([
    ['any unique index, none named', duplicate('cases_one_per_call'), undefined, true],
    ['the named index', duplicate('cases_one_per_call'), ['conversation_sessions_pkey', 'cases_one_per_call'], true],
    ['another index than the named ones', duplicate('agents_pkey'), ['cases_one_per_call'], false],
    ['no index named in the error, one asked for', duplicate(), ['cases_one_per_call'], false],
    ['a foreign key violation (23503)', serverError('23503'), undefined, false],
    ['not an error at all', 'duplicate', undefined, false],
    ['null', null, undefined, false],
  ])('%s', (_why, err, constraints, expected) => {
    expect(isUniqueViolation(err, constraints)).toBe(expected);
  });
});
