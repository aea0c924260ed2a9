;;; eglot-check.el --- headless Emacs + eglot check of the modelcard-lint language server  -*- lexical-binding: t -*-
;; Usage: emacs --batch -Q -l eglot-check.el FILE (env and exit codes: check-common.el).
(load (expand-file-name "check-common.el" (file-name-directory load-file-name)) nil t)
(require 'eglot)

(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key diagnostics &allow-other-keys)
  (setq mcl-check-codes (mapcar (lambda (d) (plist-get d :code)) diagnostics)))

(mcl-check-run
 (format "Emacs %s + eglot %s" emacs-version (mcl-check-package-version 'eglot))
 (lambda (server _root)
   ;; languageId comes from eglot's guess for text-mode.
   (setq eglot-server-programs `((text-mode . ,server)))
   ;; eglot-ensure waits for a command loop that --batch never runs: connect directly.
   (apply #'eglot (eglot--guess-contact))))
