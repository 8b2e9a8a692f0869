import express from 'express';
import twilio from 'twilio';
import { listenForBench } from './benchApp';

/** The floor: a bare Express endpoint that reads the form and returns fixed TwiML, checking and persisting nothing. */
const response = new twilio.twiml.VoiceResponse();
response
  .gather({ input: ['dtmf', 'speech'], numDigits: 1, language: 'sv-SE', action: 'http://bench.local/voice/answer?step=kind&turn=1' })
  .say({ language: 'sv-SE', voice: 'Polly.Astrid' }, 'Klagomål, tryck 1. Synpunkt eller förslag, tryck 2. Beröm, tryck 3.');
const twiml = response.toString();

const app = express();
app.use(express.urlencoded({ extended: false }));
// Any voice path: the benchmark sends it the same signed whole calls as the service, following its action URLs.
app.post(/^\/voice\//, (_req, res) => {
  res.type('text/xml').send(twiml);
});
listenForBench('bare', app);
