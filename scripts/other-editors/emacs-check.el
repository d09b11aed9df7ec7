;;; emacs-check.el --- run by scripts/other-editors.mjs after the README's snippet  -*- lexical-binding: t -*-
;; Opens plan.stride from the current folder and prints what a user would see: eglot connected,
;; flymake's diagnostics from the server, completion in the plan. Exits 0, or 1 after a FAIL line.

(require 'package)
(require 'seq)

(defun stride-say (format-string &rest args)
  (princ (concat (apply #'format format-string args) "\n")))

(defun stride-wait (what predicate)
  "Process the server's messages until PREDICATE holds, for 60 s at most; else fail saying WHAT."
  (let ((deadline (+ (float-time) 60)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline)
        (error "%s within 60 s" what))
      (accept-process-output nil 0.1))))

(defun stride-check ()
  (find-file "plan.stride")
  (unless (eq major-mode 'stride-mode)
    (error "plan.stride is in %s, not stride-mode" major-mode))
  ;; eglot-ensure connects after the command that opened the file; batch mode runs no commands.
  (run-hooks 'post-command-hook)
  (stride-wait "eglot did not connect" #'eglot-current-server)
  (let* ((server (eglot-current-server))
         (tokens (plist-get (eglot--capabilities server) :semanticTokensProvider)))
    (stride-say "Emacs %s, eglot %s" emacs-version
                (let ((package (cadr (assq 'eglot package-alist))))
                  (if package (package-version-join (package-desc-version package)) "built in")))
    (stride-say "  attached: %s; semantic tokens %s" (eglot--project-nickname server)
                (if tokens
                    (format "advertised, %d token types (eglot does not ask for them)"
                            (length (plist-get (plist-get tokens :legend) :tokenTypes)))
                  "NOT advertised")))
  (stride-wait "no diagnostics for plan.stride"
               (lambda () (flymake-start) (flymake-diagnostics)))
  (dolist (diagnostic (flymake-diagnostics))
    (save-excursion
      (goto-char (flymake-diagnostic-beg diagnostic))
      (stride-say "  diagnostic %d:%d %s: %s" (line-number-at-pos) (1+ (current-column))
                  (flymake-diagnostic-type diagnostic) (flymake-diagnostic-text diagnostic))))
  (unless (seq-some (lambda (diagnostic) (string-match-p "unknown drill 'tempo-sprnt'" (flymake-diagnostic-text diagnostic)))
                    (flymake-diagnostics))
    (error "no diagnostic says unknown drill 'tempo-sprnt'"))
  ;; Completion where a drill goes: at the start of `long-run`, through eglot's completion-at-point.
  (goto-char (point-min))
  (search-forward "long-run")
  (goto-char (match-beginning 0))
  (let* ((table (nth 2 (eglot-completion-at-point)))
         (labels (all-completions "" table)))
    (stride-say "  completion at %d:%d: %d items: %s, ..." (line-number-at-pos) (1+ (current-column))
                (length labels) (string-join (seq-take labels 6) ", "))
    (unless (member "long-run" labels)
      (error "completion has no long-run"))))

(condition-case problem
    (progn (stride-check) (kill-emacs 0))
  (error (stride-say "FAIL %s" (error-message-string problem))
         (kill-emacs 1)))
