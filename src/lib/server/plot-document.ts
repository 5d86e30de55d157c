/** A server DOM (jsdom) for Plot to draw the default view's figures in at build time. */
import { JSDOM } from 'jsdom';

let serverDocument: Document | undefined;
export const documentForPlot = () => (serverDocument ??= new JSDOM('<!doctype html><html><body></body></html>').window.document);
