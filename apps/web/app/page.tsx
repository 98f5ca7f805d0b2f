import { AtlasMap } from '../src/map/atlas-map';

export default function MapPage() {
  return <AtlasMap />;
}
