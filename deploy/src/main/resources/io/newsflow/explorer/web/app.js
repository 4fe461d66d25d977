// The story explorer: plain DOM code, no build step. Every text from the API is set with textContent.
"use strict";

const state = { selected: null, filter: "" };

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  });
  children.flat().forEach(child => {
    if (child !== null && child !== undefined) {
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
  });
  return node;
}

function when(iso) {
  if (!iso) return "";
  const time = new Date(iso);
  return time.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

function count(n, one, many) {
  return n + " " + (n === 1 ? one : many);
}

function who(development) {
  if (development.actor && development.target) return development.actor + " → " + development.target;
  if (development.actor) return development.actor;
  if (development.target) return "→ " + development.target;
  return "";
}

function filterQuery() {
  const text = state.filter.trim();
  if (!text) return "";
  // A Wikidata id or a newsflow entity id ("person:nicolas-maduro") names an entity; anything else is words.
  const isEntity = /^Q\d+$/i.test(text) || /^[a-z]+:[\w-]+$/.test(text);
  return (isEntity ? "entity=" : "q=") + encodeURIComponent(text);
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    const retry = response.headers.get("Retry-After");
    throw new Error(body.error + (retry ? " (retrying)" : ""));
  }
  return body;
}

async function loadStories() {
  const status = document.getElementById("stories-status");
  try {
    const stories = await getJson("/api/stories?limit=100&" + filterQuery());
    const list = document.getElementById("stories");
    list.replaceChildren(...stories.map(storyItem));
    status.textContent = stories.length ? "" : "No story matches yet.";
  } catch (error) {
    status.textContent = "Stories unavailable: " + error.message;
  }
}

function storyItem(story) {
  const last = story.lastDevelopment;
  const item = el("li", { "data-story-id": story.id, tabindex: "0",
      class: story.id === state.selected ? "selected" : null },
    el("div", { class: "story-title" }, story.title),
    el("div", { class: "meta" }, when(story.lastSeen) + " · " + count(story.articleCount, "article", "articles")
      + " · " + count(story.sourceCount, "source", "sources")
      + (story.copyCount ? " · " + count(story.copyCount, "copy", "copies") : "")),
    last ? el("div", { class: "latest" }, el("span", { class: "type " + last.type }, last.type), " ",
      el("span", { class: "who" }, who(last))) : null,
    story.mergedInto ? el("div", { class: "merged meta" }, "Merged into a larger story") : null);
  item.addEventListener("click", () => openStory(story.id));
  item.addEventListener("keydown", event => { if (event.key === "Enter") openStory(story.id); });
  return item;
}

function report(label, sourceReport) {
  return el("div", { class: label },
    el("span", { class: "source" }, sourceReport.source), " · ",
    el("time", { datetime: sourceReport.publishedAt }, when(sourceReport.publishedAt)), " · ",
    el("a", { href: sourceReport.url, rel: "noopener noreferrer", target: "_blank" }, "article"),
    el("blockquote", {}, sourceReport.sentence));
}

function developmentItem(development) {
  return el("li", { class: "development" + (development.background ? " background" : ""),
      "data-type": development.type },
    el("div", {}, el("span", { class: "type " + development.type }, development.type),
      development.cameoCode ? el("span", { class: "meta" }, " CAMEO " + development.cameoCode) : null,
      " ", el("span", { class: "who" }, who(development)),
      development.background ? el("span", { class: "meta" }, " (known from recaps)") : null),
    el("div", { class: "meta" }, "First report"),
    report("first-report", development.firstReport),
    development.corroborations.length ? el("ul", { class: "corroborations" },
      development.corroborations.map(corroboration => el("li", { class: "corroboration" },
        "Corroborated by ", el("span", { class: "source" }, corroboration.source), ", ",
        when(corroboration.publishedAt), " — ",
        el("a", { href: corroboration.url, rel: "noopener noreferrer", target: "_blank" }, "article")))) : null,
    el("div", { class: "meta" }, "Sources: " + development.sources.join(", ")));
}

async function openStory(storyId) {
  state.selected = storyId;
  document.querySelectorAll("#stories li").forEach(item =>
    item.classList.toggle("selected", item.dataset.storyId === storyId));
  const status = document.getElementById("timeline-status");
  const pane = document.getElementById("story");
  try {
    const story = await getJson("/api/stories/" + encodeURIComponent(storyId));
    // Recaps ("last year's sanctions") are context, not what happened in this story: kept apart, folded.
    const news = story.developments.filter(development => !development.background);
    const recaps = story.developments.filter(development => development.background);
    status.textContent = "";
    // replaceChildren would show a missing part as the text "null": only the parts this story has.
    pane.replaceChildren(...[
      el("h3", { id: "story-title" }, story.title),
      story.mergedInto ? await mergedNotice(story.mergedInto) : null,
      story.absorbed.length ? await absorbedNotice(story.absorbed) : null,
      el("div", { class: "meta" }, "From " + when(story.firstSeen) + " to " + when(story.lastSeen) + " · "
        + count(story.articleCount, "article", "articles") + " · sources: " + story.sources.join(", ")),
      el("div", { class: "entities" }, story.entities.slice(0, 8).map(entity => {
        const chip = el("button", { class: "entity", type: "button", title: entity.wikidataId || entity.id },
          entity.name);
        chip.addEventListener("click", () => setFilter(entity.wikidataId || entity.id));
        return chip;
      })),
      news.length ? el("ol", { class: "timeline", id: "timeline" }, news.map(developmentItem))
        : el("p", { class: "status" }, "No development known yet."),
      recaps.length ? el("details", { class: "recaps" },
        el("summary", {}, recaps.length + " more known only from recaps of earlier events"),
        el("ol", { class: "timeline" }, recaps.map(developmentItem))) : null,
      el("h4", {}, "Articles"),
      el("ul", { id: "articles" }, story.articles.map(article => el("li", { "data-article-id": article.articleId },
        el("a", { href: article.url, rel: "noopener noreferrer", target: "_blank" }, article.title), " ",
        el("span", { class: "meta" }, article.source + " · " + when(article.publishedAt)),
        article.copies ? el("span", { class: "copies" }, " · " + count(article.copies, "copy", "copies")) : null)))
    ].filter(part => part !== null));
    if (window.matchMedia("(max-width: 900px)").matches) {
      document.getElementById("timeline-pane").scrollIntoView({ behavior: "smooth" });
    }
  } catch (error) {
    status.textContent = "Story unavailable: " + error.message;
  }
}

/** Where an absorbed story goes on: its later articles and developments are in the story that took it in. */
async function mergedNotice(survivorId) {
  return el("p", { class: "merged", id: "merged-into" }, "This story merged into ",
    await storyLink(survivorId, "merged-into-link"), ", where it goes on. Its earlier articles and developments are below.");
}

/** The stories this one took in: their earlier articles and developments are on their own pages. */
async function absorbedNotice(storyIds) {
  const links = [];
  for (const storyId of storyIds) {
    if (links.length) links.push(", ");
    links.push(await storyLink(storyId, null));
  }
  return el("p", { class: "merged", id: "absorbed" }, "Took in ", ...links, " (earlier reports there).");
}

/** A link that opens a story, named by its headline (by its id while that cannot be read). */
async function storyLink(storyId, id) {
  let title = storyId;
  try {
    title = (await getJson("/api/stories/" + encodeURIComponent(storyId))).title;
  } catch (error) {
    // The story's own page names it; the link still leads there by id.
  }
  const link = el("a", { href: "#", id: id, "data-story-id": storyId }, title);
  link.addEventListener("click", event => { event.preventDefault(); openStory(storyId); });
  return link;
}

function setFilter(text) {
  document.getElementById("filter-text").value = text;
  state.filter = text;
  loadStories();
}

function followAlerts() {
  const feedState = document.getElementById("feed-state");
  const feed = new EventSource("/api/alerts/stream");
  feed.onopen = () => { feedState.textContent = "live"; feedState.classList.add("live"); };
  feed.onerror = () => { feedState.textContent = "reconnecting"; feedState.classList.remove("live"); };
  feed.addEventListener("alert", event => {
    const alert = JSON.parse(event.data);
    const item = el("li", { class: "alert fresh", "data-alert-id": alert.alertId, "data-story-id": alert.storyId },
      el("span", { class: "type " + (alert.eventType || alert.kind) }, alert.kind.replace(/_/g, " ")), " ",
      el("span", { class: "meta" }, when(alert.firstReportedAt)),
      el("div", {}, alert.summary),
      el("div", { class: "meta" }, "Sources: " + alert.sources.join(", ")));
    item.addEventListener("click", () => openStory(alert.storyId));
    document.getElementById("alerts").prepend(item);
    // A burst of alerts (the backlog on connect) refreshes the list and the open story once.
    clearTimeout(refreshing);
    refreshing = setTimeout(() => {
      loadStories();
      if (state.selected) openStory(state.selected);
    }, 300);
  });
}

let typing;
let refreshing;
document.getElementById("filter").addEventListener("submit", event => event.preventDefault());
document.getElementById("filter-text").addEventListener("input", event => {
  clearTimeout(typing);
  typing = setTimeout(() => setFilter(event.target.value), 250);
});
loadStories();
setInterval(loadStories, 10000);
followAlerts();
