import express from 'express';
import { Pool } from 'pg';
import twilio from 'twilio';
import { listenForBench } from './benchApp';

/**
 * The reference: the least a voice webhook must do. Express parses the form, twilio's middleware checks the
 * signature against the public URL, the twilio builder makes the TwiML, and one durable write to PostgreSQL per
 * request (an INSERT, committed with the server's default synchronous_commit) records the turn.
 */
const TOKEN = process.env.BENCH_TWILIO_TOKEN!;
const PUBLIC_URL = new URL(process.env.BENCH_PUBLIC_URL!);
const pool = new Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: 20 });

const app = express();
app.use(express.urlencoded({ extended: false }));
app.post(/^\/voice\//, twilio.webhook(TOKEN, { protocol: PUBLIC_URL.protocol.replace(':', ''), host: PUBLIC_URL.host }), async (req, res, next) => {
  try {
    const body = req.body as Record<string, string>;
    const turn = Number(req.query.turn ?? 0) + 1;
    await pool.query('INSERT INTO minimal_turns (call_sid, turn, answer) VALUES ($1, $2, $3)', [body.CallSid, turn, body.Digits ?? body.SpeechResult ?? null]);
    const response = new twilio.twiml.VoiceResponse();
    response
      .gather({ input: ['dtmf', 'speech'], numDigits: 1, language: 'sv-SE', speechTimeout: '3', action: `${PUBLIC_URL.origin}/voice/answer?step=kind&turn=${turn}` })
      .say({ language: 'sv-SE', voice: 'Polly.Astrid' }, 'Klagomål, tryck 1. Synpunkt eller förslag, tryck 2. Beröm, tryck 3.');
    res.type('text/xml').send(response.toString());
  } catch (err) {
    next(err);
  }
});

void pool
  .query('CREATE TABLE IF NOT EXISTS minimal_turns (id bigserial PRIMARY KEY, call_sid text NOT NULL, turn int NOT NULL, answer text, at timestamptz NOT NULL DEFAULT now())')
  .then(() => listenForBench('minimal', app, () => pool.end()));
