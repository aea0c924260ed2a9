-- Headless Neovim (0.7+) check: start the language server for the opened file, wait until its diagnostics carry every expected rule id.
-- Env: MCL_SERVER (server command, words split on spaces), MCL_EXPECT (comma-separated rule ids), MCL_RESULT (JSON out), MCL_TIMEOUT_MS.
-- Exit: 0 all rule ids seen, 2 timeout, 3 server exited, 4 client did not start.
local server_cmd = vim.split(assert(os.getenv('MCL_SERVER'), 'MCL_SERVER is not set'), ' ', { trimempty = true })
local expected = vim.split(os.getenv('MCL_EXPECT') or '', ',', { trimempty = true })
local result_path = assert(os.getenv('MCL_RESULT'), 'MCL_RESULT is not set')
local timeout_ms = tonumber(os.getenv('MCL_TIMEOUT_MS') or '20000')
local started = vim.loop.hrtime()
local finished = false

local function elapsed_ms() return math.floor((vim.loop.hrtime() - started) / 1e6) end

local function finish(code, payload)
  if finished then return end
  -- on_exit and handlers may run in a libuv fast context, where vim.fn is off limits: defer to the main loop
  if vim.in_fast_event() then return vim.schedule(function() finish(code, payload) end) end
  finished = true
  payload.ms = elapsed_ms()
  payload.client = 'Neovim ' .. tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch
  local f = assert(io.open(result_path, 'w'))
  f:write(vim.fn.json_encode(payload))
  f:close()
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop(true) end
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end

local function missing_from(codes)
  local seen, missing = {}, {}
  for _, c in ipairs(codes) do seen[c] = true end
  for _, want in ipairs(expected) do if not seen[want] then table.insert(missing, want) end end
  return missing
end

local function attach(bufnr)
  local client_id = vim.lsp.start_client({
    name = 'modelcard-lint',
    cmd = server_cmd,
    root_dir = vim.fn.getcwd(),
    on_exit = function(code, signal)
      if not finished then finish(3, { error = 'server exited', code = code, signal = signal }) end
    end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
        vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
        local codes = {}
        for _, d in ipairs(params.diagnostics) do table.insert(codes, d.code) end
        if #codes > 0 and #missing_from(codes) == 0 then
          -- what the user sees: the diagnostics Neovim now shows for the buffer
          finish(0, { uri = params.uri, codes = codes, shown = #vim.diagnostic.get(bufnr), source = params.diagnostics[1].source })
        end
      end,
    },
  })
  if not client_id then return finish(4, { error = 'vim.lsp.start_client failed' }) end
  vim.lsp.buf_attach_client(bufnr, client_id)
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'yaml' },
  callback = function(args) attach(args.buf) end,
})
vim.defer_fn(function()
  local codes = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(codes, d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code) end
  finish(2, { error = 'timeout', codes = codes, missing = missing_from(codes) })
end, timeout_ms)
