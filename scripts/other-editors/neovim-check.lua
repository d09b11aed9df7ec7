-- Run by scripts/other-editors.mjs after the README's snippet, with plan.stride open: prints
-- what a user would see (the server attached, its diagnostics, completion in the plan) and
-- quits with 0, or with 1 after a FAIL line.
local function say(line)
  io.stdout:write(line .. '\n')
end

local function clients()
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = 0 })
  end
  local list = {}
  for _, client in pairs(vim.lsp.buf_get_clients(0)) do
    table.insert(list, client)
  end
  return list
end

local function check()
  local version = vim.version()
  say(string.format('Neovim %d.%d.%d; the snippet went through %s', version.major, version.minor, version.patch,
    vim.lsp.start and 'vim.lsp.start' or 'vim.lsp.start_client (Neovim 0.7 has no vim.lsp.start)'))
  if vim.bo.filetype ~= 'stride' then
    error('plan.stride has filetype "' .. vim.bo.filetype .. '", not stride', 0)
  end
  if not vim.wait(60000, function() return #clients() > 0 and clients()[1].initialized end, 100) then
    error('no language server attached to plan.stride within 60 s', 0)
  end
  local client = clients()[1]
  local tokens = client.server_capabilities.semanticTokensProvider
  say(string.format('  attached: %s (client %d); semantic tokens %s', client.name, client.id,
    tokens and string.format('advertised, %d token types, full%s', #tokens.legend.tokenTypes, tokens.range and ' and range' or '')
      or 'NOT advertised'))
  if not tokens then
    error('the server advertises no semantic tokens', 0)
  end

  if not vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 100) then
    error('no diagnostics for plan.stride within 60 s', 0)
  end
  local names = { 'error', 'warning', 'info', 'hint' }
  local found = false
  for _, diagnostic in ipairs(vim.diagnostic.get(0)) do
    say(string.format('  diagnostic %d:%d %s: %s', diagnostic.lnum + 1, diagnostic.col + 1, names[diagnostic.severity], diagnostic.message))
    found = found or diagnostic.message:find("unknown drill 'tempo%-sprnt'") ~= nil
  end
  if not found then
    error("no diagnostic says unknown drill 'tempo-sprnt'", 0)
  end

  -- Completion where a drill goes: at the start of `long-run`.
  vim.fn.search('long-run')
  local cursor = vim.api.nvim_win_get_cursor(0)
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/completion', params, 30000) or {}
  local labels = {}
  for _, response in pairs(responses) do
    local result = response.result or {}
    for _, item in ipairs(result.items or result) do
      table.insert(labels, item.label)
    end
  end
  say(string.format('  completion at %d:%d: %d items: %s, ...', cursor[1], cursor[2] + 1, #labels, table.concat(vim.list_slice(labels, 1, 6), ', ')))
  if not vim.tbl_contains(labels, 'long-run') then
    error('completion has no long-run', 0)
  end
end

local ok, problem = pcall(check)
if ok then
  vim.cmd('qall!')
else
  say('FAIL ' .. tostring(problem))
  vim.cmd('cquit!')
end
