// Runs on an <iframe> element in its parent (capture.py): marks the element with a temporary attribute so
// the child's document can be stitched in after it, and returns where the child's viewport sits.
(element, { attribute, slot }) => {
  element.setAttribute(attribute, slot);
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return {
    x: rect.left + element.clientLeft + (parseFloat(style.paddingLeft) || 0),
    y: rect.top + element.clientTop + (parseFloat(style.paddingTop) || 0),
    scrollX: window.scrollX,
    scrollY: window.scrollY,
  };
}
