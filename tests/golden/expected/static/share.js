// The share button of a program page (share.html): the Web Share API where the browser has it,
// else "Copy link". Without either, or without JavaScript, the button stays hidden: the text
// message and e-mail links beside it work everywhere.
{
  const button = document.getElementById("sh-share-button");
  const said = document.getElementById("sh-share-status");
  const page = { title: document.querySelector("h1").textContent.trim(),
    url: document.querySelector('link[rel="canonical"]').href };
  // A closed share sheet or a refused clipboard is the family's choice: nothing to say.
  const share = () => navigator.share(page).catch(() => {});
  const copy = () => navigator.clipboard.writeText(page.url)
    .then(() => { said.textContent = button.dataset.copied; }, () => {});
  if (button && (navigator.share || navigator.clipboard)) {
    if (!navigator.share) button.querySelector("span").textContent = button.dataset.copy;
    button.addEventListener("click", navigator.share ? share : copy);
    button.hidden = false;
  }
}
