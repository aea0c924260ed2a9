" ale-check.vim: Vim 9 + ALE (Debian vim-ale) check of the modelcard-lint language server, no terminal needed.
" Env: MCL_SERVER (command), MCL_EXPECT (comma-separated rule ids), MCL_RESULT (JSON out), MCL_TIMEOUT_MS, MCL_ALE (the
" ALE directory, /usr/share/vim-ale). Usage: vim -N -u ale-check.vim -i NONE -n FILE; exit 0 = every rule id seen, 2 =
" timeout. ALE is a linter framework: the server is registered as an ALE linter of kind `lsp: 'stdio'`, as a user's
" vimrc would (README, "Other editors").
set nocompatible
let &runtimepath = $MCL_ALE . ',' . &runtimepath . ',' . $MCL_ALE . '/after'
filetype plugin on
syntax off

let s:expected = split($MCL_EXPECT, ',')
let s:timeout = str2nr($MCL_TIMEOUT_MS ==# '' ? '20000' : $MCL_TIMEOUT_MS)
let s:started = reltime()
let s:done = 0

" ALE starts the command through a shell: the server command as given, run from the file's directory.
let g:ale_enabled = 1
let g:ale_lint_on_enter = 1
let g:ale_set_signs = 0
let g:ale_echo_cursor = 0
let g:ale_history_enabled = 0
call ale#linter#Define('markdown', {
\   'name': 'modelcard_lint',
\   'lsp': 'stdio',
\   'executable': 'node',
\   'command': $MCL_SERVER,
\   'project_root': {buffer -> expand('#' . buffer . ':p:h')},
\})
call ale#linter#Define('yaml', {
\   'name': 'modelcard_lint',
\   'lsp': 'stdio',
\   'executable': 'node',
\   'command': $MCL_SERVER,
\   'project_root': {buffer -> expand('#' . buffer . ':p:h')},
\})
let g:ale_linters = {'markdown': ['modelcard_lint'], 'yaml': ['modelcard_lint']}

function! s:Codes() abort
  let l:info = get(get(g:, 'ale_buffer_info', {}), bufnr(''), {})
  return map(copy(get(l:info, 'loclist', [])), {_, item -> get(item, 'code', '')})
endfunction

function! s:Finish(code) abort
  if s:done | return | endif
  let s:done = 1
  let l:codes = s:Codes()
  let l:missing = filter(copy(s:expected), {_, want -> index(l:codes, want) < 0})
  " ALE has no version variable, only ale#Has('ale-X.Y.Z'): the highest minor release it answers yes to.
  let l:ale = ''
  for l:minor in range(0, 30)
    if ale#Has(printf('ale-3.%d.0', l:minor)) | let l:ale = printf('3.%d', l:minor) | endif
  endfor
  call writefile([json_encode({
  \   'ok': a:code == 0,
  \   'codes': l:codes,
  \   'missing': l:missing,
  \   'ms': float2nr(reltimefloat(reltime(s:started)) * 1000),
  \   'client': printf('Vim %d.%d + ALE %s', v:version / 100, v:version % 100, l:ale ==# '' ? '?' : l:ale),
  \   'error': a:code == 0 ? '' : 'timeout',
  \})], $MCL_RESULT)
  execute a:code == 0 ? 'qall!' : 'cquit ' . a:code
endfunction

function! s:Poll(timer) abort
  let l:codes = s:Codes()
  if !empty(l:codes) && empty(filter(copy(s:expected), {_, want -> index(l:codes, want) < 0}))
    call s:Finish(0)
  elseif reltimefloat(reltime(s:started)) * 1000 > s:timeout
    call s:Finish(2)
  endif
endfunction

call timer_start(50, function('s:Poll'), {'repeat': -1})
