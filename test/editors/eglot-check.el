;;; eglot-check.el --- headless Emacs + eglot check of the modelcard-lint language server  -*- lexical-binding: t -*-
;; Env: MCL_SERVER (command, split on spaces), MCL_EXPECT (comma-separated rule ids), MCL_RESULT (JSON out), MCL_TIMEOUT_MS.
;; Usage: emacs --batch -Q -l eglot-check.el FILE ; exit 0 = every rule id seen, 2 = timeout.
(require 'package)
;; -Q skips Debian's site-start, which is what activates elpa-eglot: add its directory by hand.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'json)
(require 'subr-x)

(let* ((server (split-string (getenv "MCL_SERVER")))
       (expected (split-string (or (getenv "MCL_EXPECT") "") "," t))
       (result-path (getenv "MCL_RESULT"))
       (timeout (/ (string-to-number (or (getenv "MCL_TIMEOUT_MS") "20000")) 1000.0))
       (file (expand-file-name (car (last command-line-args))))
       (root (file-name-directory file))
       (started (float-time))
       (codes nil)
       (done nil))
  ;; Emacs 28 has no markdown or yaml major mode built in: text-mode stands in, languageId comes from eglot.
  (setq eglot-server-programs `((text-mode . ,server)))
  (add-hook 'project-find-functions (lambda (_dir) (cons 'transient root)))
  (cl-defmethod eglot-handle-notification :before
    (_server (_method (eql textDocument/publishDiagnostics)) &key diagnostics &allow-other-keys)
    (setq codes (mapcar (lambda (d) (plist-get d :code)) diagnostics))
    (when (and codes (cl-every (lambda (want) (member want codes)) expected))
      (setq done t)))
  (find-file file)
  (text-mode)
  ;; eglot-ensure waits for a command loop that --batch never runs: connect directly.
  (apply #'eglot (eglot--guess-contact))
  (while (and (not done) (< (- (float-time) started) timeout))
    (accept-process-output nil 0.05))
  (with-temp-file result-path
    (insert (json-encode
             `((ok . ,(if done t :json-false))
               (codes . ,(vconcat codes))
               (missing . ,(vconcat (cl-remove-if (lambda (w) (member w codes)) expected)))
               (ms . ,(round (* 1000 (- (float-time) started))))
               (client . ,(format "Emacs %s + eglot %s" emacs-version
                                 (let ((desc (cadr (assq 'eglot package-alist))))
                                   (if desc (package-version-join (package-desc-version desc)) "?"))))))))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs (if done 0 2)))
