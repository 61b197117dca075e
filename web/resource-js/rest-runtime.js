/*
 * OpenCEC agent gateway JavaScript API, in the style of a RESTEasy JS API: REST.apiURL is the base of
 * the gateway resources, every method takes one object ({agentid, ..., $entity, $callback, $apiURL})
 * and is synchronous (returns the parsed reply) when no $callback is given. The GUID the gateway
 * hands out in the Guid / Set-GUID headers is kept per agent and sent back in the Guid header.
 * The objects below this runtime are generated from the server's endpoint registry.
 */
var REST = REST || {};
REST.apiURL = (function () {
  var script = typeof document !== 'undefined' ? document.currentScript : null;
  if (script && script.src) return script.src.replace(/\/agentgateway\/resource-js(?:[?#].*)?$/i, '/agentgateway/resource');
  return '__API_URL__';
})();
REST.debug = false;
REST.guids = {};
REST.lastGuid = null;

REST.setGuid = function (agentid, guid) {
  if (agentid !== undefined && agentid !== null) REST.guids[String(agentid)] = guid;
  REST.lastGuid = guid;
};

REST.getGuid = function (agentid) {
  var own = agentid !== undefined && agentid !== null ? REST.guids[String(agentid)] : undefined;
  return own !== undefined ? own : REST.lastGuid;
};

REST._param = function (params, name) {
  if (Object.prototype.hasOwnProperty.call(params, name)) return params[name];
  var lower = name.toLowerCase();
  for (var key in params) if (key.toLowerCase() === lower && key.charAt(0) !== '$') return params[key];
  return undefined;
};

REST._uri = function (params, template, query) {
  var path = template.replace(/\{([A-Za-z0-9_]+)\}/g, function (_all, name) {
    var value = REST._param(params, name);
    return encodeURIComponent(value === undefined || value === null ? '' : String(value));
  });
  var pairs = [];
  for (var i = 0; i < query.length; i++) {
    var value = REST._param(params, query[i][0]);
    if (value === undefined || value === null) value = query[i][1];
    if (value !== undefined && value !== null) pairs.push(encodeURIComponent(query[i][0]) + '=' + encodeURIComponent(String(value)));
  }
  return (params.$apiURL || REST.apiURL) + path + (pairs.length ? '?' + pairs.join('&') : '');
};

/** Reads the GUID a reply hands out: `Guid: <guid>` or `Set-GUID: JSESSIONID=<guid>`. */
REST._readGuid = function (xhr) {
  var guid = xhr.getResponseHeader('Guid');
  if (!guid) {
    var set = xhr.getResponseHeader('Set-GUID');
    if (set) guid = set.replace(/^\s*JSESSIONID=/i, '').split(';')[0];
  }
  return guid || null;
};

REST._entity = function (xhr) {
  var text = xhr.responseText;
  if (!text) return undefined;
  var type = xhr.getResponseHeader('Content-Type') || '';
  if (type.indexOf('json') < 0 && !/^\s*[{[]/.test(text)) return text;
  try { return JSON.parse(text); } catch (_e) { return text; }
};

REST._call = function (_params, method, template, query) {
  var params = _params || {};
  var agentid = REST._param(params, 'agentid');
  var xhr = new XMLHttpRequest();
  var callback = params.$callback;
  var async = typeof callback === 'function';
  var result;
  var finish = function () {
    var guid = REST._readGuid(xhr);
    if (guid) REST.setGuid(agentid, guid);
    var entity = REST._entity(xhr);
    if (REST.debug && typeof console !== 'undefined') console.debug('REST', method, template, xhr.status, entity);
    if (async) callback(xhr.status, xhr, entity);
    else result = entity;
  };
  xhr.open(method, REST._uri(params, template, query), async);
  xhr.setRequestHeader('Accept', 'application/json');
  var guid = REST.getGuid(agentid);
  if (guid) xhr.setRequestHeader('Guid', guid);
  var body = null;
  if (params.$entity !== undefined) {
    xhr.setRequestHeader('Content-Type', params.$contentType || 'application/json;charset=UTF-8');
    body = typeof params.$entity === 'string' ? params.$entity : JSON.stringify(params.$entity);
  }
  if (async) {
    xhr.onreadystatechange = function () { if (xhr.readyState === 4) finish(); };
    xhr.send(body);
    return undefined;
  }
  try {
    xhr.send(body);
  } catch (_e) {
    return undefined;
  }
  finish();
  return result;
};
