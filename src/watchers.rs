//! Callbacks that end with their owner: the app's few broadcasts (the
//! reader leaving and coming back, the clock's tick) call whoever watches
//! them now, and a watcher is forgotten when its owner is cleaned up.
//!
//! Not signals, on purpose: a signal keeps a pointer to every memo and
//! effect that ever read it (reactive_graph 0.2), which keeps their memory
//! for as long as the signal lives. A list that lives as long as the page
//! and shows a new story every few minutes would grow by the times of
//! every story it ever showed.

use std::rc::Rc;

use leptos::prelude::*;

/// A watcher and its number.
type Watcher = (u64, Rc<dyn Fn()>);

#[derive(Clone, Copy)]
pub struct Watchers {
    list: StoredValue<Vec<Watcher>, LocalStorage>,
    next_id: StoredValue<u64>,
}

impl Default for Watchers {
    fn default() -> Self {
        Watchers::new()
    }
}

impl Watchers {
    pub fn new() -> Watchers {
        Watchers {
            list: StoredValue::new_local(Vec::new()),
            next_id: StoredValue::new(0),
        }
    }

    /// Calls `react` on every [`Watchers::call`] until the calling owner
    /// is cleaned up.
    pub fn watch(&self, react: impl Fn() + 'static) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.list
            .update_value(|list| list.push((id, Rc::new(react))));
        let list = self.list;
        on_cleanup(move || {
            list.try_update_value(|list| list.retain(|(each, _)| *each != id));
        });
    }

    /// Calls every watcher, in the order they came.
    pub fn call(&self) {
        // A reaction may add or remove watchers: call a copy of the list.
        let watchers: Vec<Rc<dyn Fn()>> = self
            .list
            .try_with_value(|list| list.iter().map(|(_, react)| Rc::clone(react)).collect())
            .unwrap_or_default();
        for react in watchers {
            react();
        }
    }
}
