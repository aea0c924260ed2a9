;;; lsp-mode-check.el --- headless Emacs + lsp-mode check of the modelcard-lint language server  -*- lexical-binding: t -*-
;; Usage: emacs --batch -Q -l lsp-mode-check.el FILE (env and exit codes: check-common.el). The server is registered as
;; an lsp-mode client the way docs/other-editors.md tells users to.
(load (expand-file-name "check-common.el" (file-name-directory load-file-name)) nil t)

;; Session state goes to the temporary HOME the runner sets, never to ~/.emacs.d; the file's folder is the project,
;; never asked for (a --batch Emacs cannot answer).
(setq user-emacs-directory (expand-file-name "emacs.d/" (getenv "HOME"))
      lsp-session-file (expand-file-name "lsp-session" user-emacs-directory)
      lsp-auto-guess-root t
      lsp-guess-root-without-session t
      lsp-enable-snippet nil
      lsp-headerline-breadcrumb-enable nil
      lsp-modeline-code-actions-enable nil
      lsp-modeline-diagnostics-enable nil
      lsp-lens-enable nil
      lsp-restart 'ignore)
(require 'lsp-mode)

(advice-add 'lsp--on-diagnostics :before
            (lambda (_workspace params)
              (setq mcl-check-codes (mapcar (lambda (d) (gethash "code" d))
                                            (append (gethash "diagnostics" params) nil)))))

(mcl-check-run
 (format "Emacs %s + lsp-mode %s" emacs-version (mcl-check-package-version 'lsp-mode))
 (lambda (server _root)
   (add-to-list 'lsp-language-id-configuration '("\\.ya?ml\\'" . "yaml"))
   (add-to-list 'lsp-language-id-configuration '("\\.md\\'" . "markdown"))
   (lsp-register-client
    (make-lsp-client :new-connection (lsp-stdio-connection server)
                     :activation-fn (lsp-activate-on "markdown" "yaml")
                     :server-id 'modelcard-lint))
   (lsp)))
