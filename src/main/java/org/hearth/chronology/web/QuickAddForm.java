package org.hearth.chronology.web;

import java.util.ArrayList;
import java.util.List;

/** Several entries typed at once, e.g. transcribing an old paper history; blank rows are ignored. */
public class QuickAddForm {

    static final int ROWS = 8;

    private List<EntryForm> rows = new ArrayList<>();

    static QuickAddForm blank() {
        QuickAddForm form = new QuickAddForm();
        for (int i = 0; i < ROWS; i++) {
            form.rows.add(new EntryForm());
        }
        return form;
    }

    public List<EntryForm> getRows() {
        return rows;
    }

    public void setRows(List<EntryForm> rows) {
        this.rows = rows;
    }
}
