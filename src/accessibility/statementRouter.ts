import { Router } from 'express';
import type { AccessibilityStatementSettings } from '../config/configTypes';
import { statementPage } from './statementPage';
import { STATEMENT_ROUTE, type StatementLanguage } from './statementRoutes';

/** A document: its own style sheet only, no script, no form, nothing to frame. */
const PAGE_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** GET /tillganglighet and /en/accessibility: the accessibility statement, built once from the settings. */
export function statementRouter(settings: AccessibilityStatementSettings): Router {
  const router = Router();
  for (const language of Object.keys(STATEMENT_ROUTE) as StatementLanguage[]) {
    const body = statementPage(language, settings);
    router.get(STATEMENT_ROUTE[language], (_req, res) => {
      res.setHeader('Content-Security-Policy', PAGE_POLICY);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.type('html').send(body);
    });
  }
  return router;
}
