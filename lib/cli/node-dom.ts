import { Window } from 'happy-dom';

/** A DOM for the CLI: the page is parsed, never run (no scripts, no network, no CSS). */
export function parseHtmlInNode(html: string): Document {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return doc as unknown as Document;
}
