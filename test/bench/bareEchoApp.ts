import express from 'express';
import { listenForBench } from './benchApp';

/** The chat's floor: Express reading a JSON body and echoing it, persisting nothing. */
const app = express();
app.use(express.json());
app.post('/echo', (req, res) => {
  res.json({ id: 'bare|0000001', echo: req.body as unknown });
});
listenForBench('bare', app);
