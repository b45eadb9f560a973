// The word-or-group widget of admin/ (docs/decap.md): a field that is one word or a group of
// keys, as a program's `cost` (free, or {amount, per, financial_aid}) and `location` (online,
// or a place). A box says whether it is the word; else Decap's own object widget edits the
// group. Loaded after decap-cms.js, which defines CMS, createClass and h.
(() => {
  const Group = CMS.getWidget("object").control;
  const Control = createClass({
    render() {
      const { field, value, onChange, forID } = this.props;
      const word = field.get("word");
      const chosen = value === word;
      const style = { display: "block", margin: "0.5em 1em" };
      const box = h("label", { htmlFor: `${forID}-word`, style },
        h("input", {
          type: "checkbox", id: `${forID}-word`, checked: chosen,
          onChange: (event) => onChange(event.target.checked ? word : undefined),
        }), ` ${word}`);
      const group = chosen ? null
        : h(Group, { ...this.props, value: typeof value === "string" ? undefined : value });
      return h("div", null, box, group);
    },
  });
  CMS.registerWidget("word-or-group", Control);
})();
