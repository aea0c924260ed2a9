;;; check-common.el --- what the headless Emacs checks share (eglot-check.el, lsp-mode-check.el)  -*- lexical-binding: t -*-
;; Env: MCL_SERVER (command, split on spaces), MCL_EXPECT (comma-separated rule ids), MCL_RESULT (JSON out), MCL_TIMEOUT_MS.
;; The file to open is the last command-line argument; exit 0 = every rule id seen, 2 = timeout.
(require 'package)
;; -Q skips Debian's site-start, which is what activates the elpa-* packages: add their directory by hand.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'json)
(require 'subr-x)
(require 'cl-lib)

(defvar mcl-check-codes nil "The rule ids of the last diagnostics published for the file.")

(defun mcl-check-package-version (name)
  "The installed version of package NAME, or \"?\"."
  (let ((desc (cadr (assq name package-alist))))
    (if desc (package-version-join (package-desc-version desc)) "?")))

(defun mcl-check-run (client connect)
  "Open the file in `text-mode', call CONNECT with the server command and the project root, then wait until
`mcl-check-codes' holds every expected rule id; write the result (CLIENT names the editor) and exit."
  (let* ((server (split-string (getenv "MCL_SERVER")))
         (expected (split-string (or (getenv "MCL_EXPECT") "") "," t))
         (timeout (/ (string-to-number (or (getenv "MCL_TIMEOUT_MS") "20000")) 1000.0))
         (file (expand-file-name (car (last command-line-args))))
         (root (file-name-directory file))
         (started (float-time))
         (done (lambda () (and mcl-check-codes (cl-every (lambda (w) (member w mcl-check-codes)) expected)))))
    (add-hook 'project-find-functions (lambda (_dir) (cons 'transient root)))
    ;; Emacs 28 has no markdown or yaml major mode built in: text-mode stands in.
    (find-file file)
    (text-mode)
    (funcall connect server root)
    (while (and (not (funcall done)) (< (- (float-time) started) timeout))
      (accept-process-output nil 0.05))
    (with-temp-file (getenv "MCL_RESULT")
      (insert (json-encode
               `((ok . ,(if (funcall done) t :json-false))
                 (codes . ,(vconcat mcl-check-codes))
                 (missing . ,(vconcat (cl-remove-if (lambda (w) (member w mcl-check-codes)) expected)))
                 (ms . ,(round (* 1000 (- (float-time) started))))
                 (client . ,client)))))
    (kill-emacs (if (funcall done) 0 2))))
