// The page's copy of @frontegg/rest-api: the pages under tests/browser read it as window.FronteggRestApi.
import fe from '@frontegg/rest-api';

window.FronteggRestApi = fe;
