/*
 * Where the keyboard's focus goes when a page loads after an action taken from it, so that a person without a mouse
 * goes on from where they were: the element named by the page's data-return-focus (the button that opened a
 * claim's action dialog), or else the page's messages that say what happened; after the language switcher, its
 * link of the language chosen (named by the address's fragment).
 */
var ClaimsUi = {
    /**
     * Shows a dialog that an ajax request has just filled, and has it give the focus back, when it closes, to the
     * button that opened it: the dialog would otherwise remember whatever had the focus once the request was over
     * (the page itself, as PrimeFaces disables a button while its request runs).
     */
    showDialog: function (widgetVar, openerId) {
        var dialog = PF(widgetVar);
        dialog.show();
        var opener = document.getElementById(openerId);
        if (opener) {
            dialog.focusedElementBeforeDialogOpened = opener;
        }
    }
};

/*
 * A confirmation gives the focus to its safe choice, "No", once the click that opened it is over: PrimeFaces gives it
 * to the dialog's first button at once, and the table cell of a button clicked with the mouse then takes it back,
 * behind the dialog.
 */
if (window.PrimeFaces && PrimeFaces.widget.ConfirmDialog) {
    PrimeFaces.widget.ConfirmDialog.prototype.applyFocus = function () {
        var safeChoice = this.jq.find(".ui-confirmdialog-no");
        setTimeout(function () {
            safeChoice.trigger("focus");
        }, 0);
    };
}

document.addEventListener("DOMContentLoaded", function () {
    var focus = function (element) {
        if (element.tabIndex < 0 && !element.hasAttribute("tabindex")) {
            element.setAttribute("tabindex", "-1");
        }
        element.focus();
    };
    var returnTo = document.querySelector("[data-return-focus]:not([data-return-focus=''])");
    if (returnTo) {
        var opener = document.querySelector(returnTo.getAttribute("data-return-focus"));
        var messages = document.getElementById("messages");
        if (opener) {
            focus(opener);
        } else if (messages) {
            focus(messages);
        }
        return;
    }
    if (location.hash.indexOf("#lang-") === 0) {
        var language = document.getElementById(location.hash.substring(1));
        if (language) {
            focus(language);
        }
    }
});
