// The dashboard's panels, one per file; the analytics view lays them out.
import './panels.css';
export { ContentTypesPanel } from './ContentTypesPanel';
export { HeatmapPanel } from './HeatmapPanel';
export { TopAuthorsPanel } from './TopAuthorsPanel';
export { TopPostsPanel } from './TopPostsPanel';
export { KeywordsPanel } from './KeywordsPanel';
export { TrendingPanel } from './TrendingPanel';
export { PlacesPanel } from './PlacesPanel';
export { ComparePanel } from './ComparePanel';
export { DefinitionsPanel } from './DefinitionsPanel';
