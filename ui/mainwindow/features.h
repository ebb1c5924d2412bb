// Every feature of the main window in one place: the application and the tests that walk the whole window install
// the same set, so that a test sees every menu and action a user sees.
#pragma once

class MainWindow;

namespace Features {

// Adds the features' actions and menus to the window (disposal, printing, controls, history, backups, reviews, rule
// check, risk assessment); they are children of the window and live as long as it does.
void install(MainWindow &window);

} // namespace Features
