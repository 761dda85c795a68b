package com.leadwire.telegram;

/**
 * What a deal-card button asks: the action, the deal, the stage the card showed, and the
 * action's argument (target stage id, lost reason index).
 */
record CardPress(Action action, long dealId, long stageId, String argument) {

    enum Action {
        CLAIM('C'), MOVE_MENU('M'), MOVE('m'), WON('W'), LOST_MENU('L'), LOST('l'), BACK('B');

        final char code;

        Action(char code) {
            this.code = code;
        }

        static Action of(String code) {
            for (Action action : values()) {
                if (code.length() == 1 && action.code == code.charAt(0)) {
                    return action;
                }
            }
            return null;
        }
    }

    CardPress {
        argument = argument == null ? "" : argument;
    }

    static CardPress of(Action action, long dealId, long stageId) {
        return new CardPress(action, dealId, stageId, "");
    }

    CardPress with(Action next, String nextArgument) {
        return new CardPress(next, dealId, stageId, nextArgument);
    }
}
