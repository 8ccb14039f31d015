// Wrappers for libedit's variadic calls, which Swift cannot make directly.
// Always <editline/...> or <histedit.h>, never <readline/readline.h>: GNU readline must not be picked up.
#ifndef SILKROAD_CEDITLINE_SHIM_H
#define SILKROAD_CEDITLINE_SHIM_H
#include <histedit.h>
#include <stdio.h>
#include <wchar.h>

typedef char *(*silk_prompt_fn)(EditLine *);
typedef unsigned char (*silk_command_fn)(EditLine *, int);

static inline int silk_el_set_prompt(EditLine *el, silk_prompt_fn fn) {
  return el_set(el, EL_PROMPT_ESC, fn, '\1');
}
static inline int silk_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int silk_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int silk_el_set_hist(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int silk_el_add_fn(EditLine *el, const char *name, const char *help, silk_command_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int silk_el_bind(EditLine *el, const char *key, const char *fn) {
  return el_set(el, EL_BIND, key, fn, NULL);
}
typedef int (*silk_getc_fn)(EditLine *, wchar_t *);
static inline int silk_el_set_getc(EditLine *el, silk_getc_fn fn) { return el_set(el, EL_GETCFN, fn); }
static inline int silk_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *silk_el_get_clientdata(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}
static inline int silk_history_setsize(History *h, HistEvent *ev, int n) { return history(h, ev, H_SETSIZE, n); }
static inline int silk_history_setunique(History *h, HistEvent *ev, int on) { return history(h, ev, H_SETUNIQUE, on); }
static inline int silk_history_enter(History *h, HistEvent *ev, const char *line) { return history(h, ev, H_ENTER, line); }
static inline int silk_history_first(History *h, HistEvent *ev) { return history(h, ev, H_FIRST); }
static inline int silk_history_last(History *h, HistEvent *ev) { return history(h, ev, H_LAST); }
static inline int silk_history_next(History *h, HistEvent *ev) { return history(h, ev, H_NEXT); }
static inline int silk_history_prev(History *h, HistEvent *ev) { return history(h, ev, H_PREV); }
#endif
